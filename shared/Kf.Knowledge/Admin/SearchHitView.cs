using Kf.Knowledge.Retrieval;

namespace Kf.Knowledge.Admin;

/// <summary>One hit of a test search, as the admin API shows it.</summary>
internal sealed record SearchHitView(
    long ChunkId,
    long DocumentId,
    string Document,
    string? Heading,
    string Text,
    string? Question,
    string? Answer,
    double Score,
    double Confidence,
    int? LexicalRank,
    int? VectorRank,
    double? Bm25,
    double? Cosine,
    double FaqConfidence)
{
    public static SearchHitView From(KnowledgeHit hit) => new(
        hit.Chunk.Id, hit.Chunk.DocumentId, hit.Chunk.DocumentName, hit.Chunk.Heading, hit.Chunk.Text, hit.Chunk.Question, hit.Chunk.Answer,
        hit.Score, hit.Confidence, hit.LexicalRank, hit.VectorRank, hit.Bm25, hit.Cosine, hit.FaqConfidence);
}
