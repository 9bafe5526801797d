using System.Security.Cryptography;
using System.Text;
using Kf.Storage.Knowledge;

namespace Kf.Knowledge.Tests.Support;

/// <summary>Stored chunks as the store would return them, for indexes built without a database.</summary>
public static class Chunks
{
    /// <summary>The hashing embedder at its default dimension, as a <see cref="Func{T, TResult}"/>.</summary>
    public static float[] Hashing(string text) => Kf.Testing.Models.HashingEmbedder.Embed(text);

    /// <summary>A FAQ pair: "question\nanswer" as its text, as the importer (KnowledgeChunker) writes it.</summary>
    public static KnowledgeChunk Faq(long id, string question, string answer, Func<string, float[]>? embed = null, string? model = null) =>
        Make(id, question + "\n" + answer, question, answer, embed, model);

    /// <summary>A document chunk.</summary>
    public static KnowledgeChunk Text(long id, string text, Func<string, float[]>? embed = null, string? model = null) =>
        Make(id, text, null, null, embed, model);

    private static KnowledgeChunk Make(long id, string text, string? question, string? answer, Func<string, float[]>? embed, string? model) =>
        new(id, 1, "test.md", (int)id, null, text, question, answer,
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), embed?.Invoke(text), embed is null ? null : model);
}
