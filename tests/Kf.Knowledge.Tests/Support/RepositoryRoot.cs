namespace Kf.Knowledge.Tests.Support;

/// <summary>The checkout's root: the nearest directory above the test binaries that holds Kf.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Kf.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Kf.sln above {AppContext.BaseDirectory}: run the tests from a checkout.");
    }
}
