using System.Buffers.Binary;

namespace Kf.Storage.Sql;

/// <summary>
/// Embeddings as stored: little-endian float32, 4 bytes a dimension, whatever the machine's byte
/// order. The bits are copied, not converted, so every value (NaN payloads, -0, subnormals) reads back exactly.
/// </summary>
internal static class EmbeddingBlob
{
    public static byte[]? From(float[]? embedding)
    {
        if (embedding is null)
        {
            return null;
        }

        var bytes = new byte[embedding.Length * sizeof(float)];
        for (var i = 0; i < embedding.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), embedding[i]);
        }

        return bytes;
    }

    public static float[]? To(byte[]? bytes, long chunkId)
    {
        if (bytes is null)
        {
            return null;
        }

        if (bytes.Length % sizeof(float) != 0)
        {
            throw new InvalidDataException($"The embedding of knowledge chunk {chunkId} is {bytes.Length} bytes, not a whole number of float32 values.");
        }

        var embedding = new float[bytes.Length / sizeof(float)];
        for (var i = 0; i < embedding.Length; i++)
        {
            embedding[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i * sizeof(float)));
        }

        return embedding;
    }
}
