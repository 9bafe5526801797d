using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Kf.Knowledge.Import;
using Microsoft.Extensions.Options;

namespace Kf.Knowledge.Tests.Import;

public sealed class KnowledgeSettingsTests
{
    [Fact]
    public async Task Should_stop_at_start_naming_the_key_when_the_overlap_leaves_no_room_in_a_chunk()
    {
        var folder = Directory.CreateTempSubdirectory("kf-knowledge-settings-").FullName;
        try
        {
            var error = await Assert.ThrowsAsync<OptionsValidationException>(() => KnowledgeHost.StartAsync(new Dictionary<string, string?>
            {
                ["Kf:Storage"] = "Sqlite",
                ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(folder, "kf.db")}",
                ["Knowledge:ChunkMaxChars"] = "400",
                ["Knowledge:ChunkOverlapChars"] = "200",
            }));

            Assert.Contains("Knowledge:ChunkOverlapChars (200) must be less than half of Knowledge:ChunkMaxChars (400)", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Should_check_profiles_by_the_same_rule_as_the_default_profile_setting()
    {
        var attribute = typeof(KnowledgeOptions).GetProperty(nameof(KnowledgeOptions.DefaultProfile))!.GetCustomAttribute<RegularExpressionAttribute>()!;

        Assert.Equal(ProfileName.Pattern, attribute.Pattern);
    }
}
