using Kf.Knowledge.Import;

namespace Kf.Knowledge.Tests.Import;

public sealed class ImportArgumentsTests
{
    [Fact]
    public void Should_accept_a_name_of_255_characters_and_refuse_one_of_256()
    {
        ImportArguments.Validate("default", new string('名', 255));

        var error = Assert.Throws<KnowledgeFormatException>(() => ImportArguments.Validate("default", new string('名', 256)));

        Assert.Equal("the document name is 256 characters; at most 255 are allowed", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-default")]
    [InlineData("售后")]
    public void Should_refuse_a_profile_when_it_breaks_the_default_profile_rule(string profile)
    {
        Assert.Throws<KnowledgeFormatException>(() => ImportArguments.Validate(profile, "guide.md"));
    }
}
