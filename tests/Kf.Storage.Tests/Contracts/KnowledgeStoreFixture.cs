using System.Security.Cryptography;
using System.Text;
using Kf.Storage.Knowledge;
using Kf.Storage.Sql;
using Kf.Storage.Tests.Backends;

namespace Kf.Storage.Tests.Contracts;

// What the knowledge store's contracts share: a profile of their own, the store, and chunks hashed as the importer hashes them.
public abstract class KnowledgeStoreFixture<TBackend>(TBackend backend) : StoreContract<TBackend>(backend)
    where TBackend : StorageBackend
{
    protected string Profile { get; } = NewKey("p");

    protected IKnowledgeStore Store => new SqlKnowledgeStore(Backend.Database, Time);

    protected static string Hash(params string[] texts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', texts))));

    protected static NewChunk Chunk(int ordinal, string text, float[]? embedding = null) =>
        new(ordinal, "标题 / 小节", text, null, null, Hash(text), embedding);

    protected Task<DocumentSave> SaveAsync(string name, params string[] texts) =>
        Store.SaveDocumentAsync(Profile, name, "markdown", Hash(texts), texts.Select((text, i) => Chunk(i, text)).ToList(), null);
}
