using System.Text;
using System.Text.Json;
using Kf.Knowledge.Import;
using Kf.Knowledge.Retrieval;
using Kf.Storage.Knowledge;

namespace Kf.Knowledge.Admin;

/// <summary>
/// The FAQ document <see cref="DocumentName"/> that resolving unknown questions grows: its content is rebuilt
/// from its stored pairs plus the new one (a pair for the same question is replaced) and imported again,
/// so it stays one ordinary, re-importable FAQ document.
/// </summary>
internal sealed class ResolvedQuestions(IKnowledgeStore store, IKnowledgeImporter importer)
{
    public const string DocumentName = "resolved-questions.jsonl";
    private const string Format = "faq-jsonl";

    // Read, rebuild, import is not atomic: two resolutions at once in this process would lose one pair.
    // (Across replicas the window stays; resolving is a person's occasional act.)
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<ImportReport> AddAsync(string profile, string question, string answer, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var key = QuestionKey.Of(question);
            var pairs = (await store.LoadChunksAsync(profile, cancellationToken))
                .Where(c => c.DocumentName == DocumentName && c.IsFaq && QuestionKey.Of(c.Question!) != key)
                .OrderBy(c => c.Ordinal)
                .Select(c => new FaqLine(c.Question!, c.Answer!))
                .Append(new FaqLine(question, answer));
            var content = new StringBuilder();
            foreach (var pair in pairs)
            {
                content.Append(JsonSerializer.Serialize(pair, AdminReply.Json)).Append('\n');
            }

            return await importer.ImportAsync(profile, DocumentName, content.ToString(), Format, null, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed record FaqLine(string Question, string Answer);
}
