using Kf.Storage.Knowledge;
using Kf.Storage.Tests.Backends;

namespace Kf.Storage.Tests.Contracts;

// Saves that race: two replicas (or the CLI and a replica) importing at once never leave two documents,
// mixed chunks or a version that missed a change.
public abstract class KnowledgeStoreConcurrencyContract<TBackend>(TBackend backend) : KnowledgeStoreFixture<TBackend>(backend)
    where TBackend : StorageBackend
{
    [Fact]
    public async Task Should_keep_one_document_with_its_own_chunks_when_saves_of_the_same_name_race()
    {
        var texts = Enumerable.Range(0, 4).Select(i => new[] { $"版本{i} 第一段", $"版本{i} 第二段", $"版本{i} 第三段" }).ToArray();

        var saves = await RaceAsync(4, i => SaveAsync("race.md", texts[i]));

        Assert.Equal(1, saves.Count(s => s.Status == DocumentSaveStatus.Created));
        Assert.Equal(3, saves.Count(s => s.Status == DocumentSaveStatus.Replaced));
        var document = Assert.Single(await Store.ListDocumentsAsync(Profile));
        var winner = Array.FindIndex(texts, t => Hash(t) == document.ContentHash);
        Assert.Equal(texts[winner], (await Store.LoadChunksAsync(Profile)).Select(c => c.Text));
        Assert.Equal(4, await Store.GetVersionAsync(Profile));
    }

    [Fact]
    public async Task Should_create_once_and_leave_it_unchanged_when_the_same_content_is_saved_by_racing_callers()
    {
        var saves = await RaceAsync(4, _ => SaveAsync("same.md", "一", "二", "三"));

        Assert.Equal(1, saves.Count(s => s.Status == DocumentSaveStatus.Created));
        Assert.Equal(3, saves.Count(s => s.Status == DocumentSaveStatus.Unchanged));
        Assert.Single(saves.Select(s => s.Document.Id).Distinct());
        Assert.Equal(3, (await Store.LoadChunksAsync(Profile)).Count);
        Assert.Equal(1, await Store.GetVersionAsync(Profile));
    }

    [Fact]
    public async Task Should_save_every_change_when_severalProfiles_import_at_once()
    {
        var profiles = Enumerable.Range(0, 4).Select(_ => NewKey("p")).ToArray();

        await RaceAsync(4, async i =>
        {
            for (var round = 0; round < 3; round++)
            {
                await Store.SaveDocumentAsync(profiles[i], "doc.md", "text", Hash($"{i}-{round}"), [Chunk(0, $"{i}-{round} 甲"), Chunk(1, $"{i}-{round} 乙")], null);
            }

            return i;
        });

        foreach (var (profile, i) in profiles.Select((p, i) => (p, i)))
        {
            Assert.Equal(3, await Store.GetVersionAsync(profile));
            Assert.Equal([$"{i}-2 甲", $"{i}-2 乙"], (await Store.LoadChunksAsync(profile)).Select(c => c.Text));
        }
    }
}
