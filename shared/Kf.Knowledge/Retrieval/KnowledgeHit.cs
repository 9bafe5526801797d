using Kf.Storage.Knowledge;

namespace Kf.Knowledge.Retrieval;

/// <summary>One retrieved chunk.</summary>
/// <param name="Chunk">The chunk.</param>
/// <param name="Score">The fused reciprocal-rank score; orders the hits.</param>
/// <param name="Confidence">0..1, comparable with <see cref="KnowledgeOptions.MinConfidence"/>.</param>
/// <param name="LexicalRank">1-based rank in the BM25 list, or null when not in it.</param>
/// <param name="VectorRank">1-based rank in the vector list, or null when not in it (or vectors are off).</param>
/// <param name="Bm25">The raw BM25 score, or null.</param>
/// <param name="Cosine">The cosine similarity, or null.</param>
/// <param name="FaqConfidence">
/// For a FAQ pair, 0..1, comparable with <see cref="KnowledgeOptions.FaqMinConfidence"/>: how clearly it beats
/// the runner-up FAQ among the first hits (the larger lead of the both-ways lexical match and of the cosine); 0 for other chunks.
/// </param>
public sealed record KnowledgeHit(
    KnowledgeChunk Chunk, double Score, double Confidence, int? LexicalRank, int? VectorRank, double? Bm25, double? Cosine, double FaqConfidence);
