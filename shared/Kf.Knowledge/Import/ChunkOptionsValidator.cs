using Microsoft.Extensions.Options;

namespace Kf.Knowledge.Import;

/// <summary>The overlap must leave room for new text in every chunk: less than half of the chunk.</summary>
internal sealed class ChunkOptionsValidator : IValidateOptions<KnowledgeOptions>
{
    public ValidateOptionsResult Validate(string? name, KnowledgeOptions options) =>
        options.ChunkOverlapChars * 2 < options.ChunkMaxChars
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Knowledge:ChunkOverlapChars ({options.ChunkOverlapChars}) must be less than half of Knowledge:ChunkMaxChars ({options.ChunkMaxChars}).");
}
