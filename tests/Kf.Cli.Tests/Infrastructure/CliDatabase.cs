using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Hosting;

namespace Kf.Cli.Tests.Infrastructure;

/// <summary>
/// A database for <c>kf</c> to work on, named by a theory's data (<c>sqlite</c>: a file in a folder of its own;
/// <c>mysql</c>: a throwaway database on KF_TEST_MYSQL), given to it as the services' settings in a
/// <c>--config</c> file. Runs <c>kf</c> in-process through its entry point, or as a child process.
/// </summary>
public sealed class CliDatabase : IAsyncDisposable
{
    private readonly MySqlTestDatabase? _mySql;

    private CliDatabase(DirectoryInfo folder, Dictionary<string, string> settings, MySqlTestDatabase? mySql)
    {
        Folder = folder;
        Settings = settings;
        _mySql = mySql;
        ConfigFile = Path.Combine(folder.FullName, "appsettings.json");
        File.WriteAllText(ConfigFile, JsonSerializer.Serialize(Nest(settings)));
    }

    /// <summary>A folder of the test's own: the SQLite file, the config file, documents to import.</summary>
    public DirectoryInfo Folder { get; }

    /// <summary>The flat settings (<c>Kf:Storage</c>, the connection string).</summary>
    public Dictionary<string, string> Settings { get; }

    public string ConfigFile { get; }

    public static async Task<CliDatabase> StartAsync(string kind)
    {
        var folder = Directory.CreateTempSubdirectory("kf-cli-");
        if (kind == "sqlite")
        {
            return new CliDatabase(folder, new Dictionary<string, string>
            {
                ["Kf:Storage"] = "Sqlite",
                ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(folder.FullName, "kf.db")}",
            }, null);
        }

        Assert.Equal("mysql", kind);
        var database = new MySqlTestDatabase();
        await database.InitializeAsync();
        return new CliDatabase(folder, new Dictionary<string, string>
        {
            ["Kf:Storage"] = "MySql",
            ["ConnectionStrings:MySql"] = database.Connections.ConnectionString,
        }, database);
    }

    /// <summary>Writes a file under <see cref="Folder"/> (creating its folders) and returns its path.</summary>
    public string Write(string relativePath, string content)
    {
        var path = Path.Combine(Folder.FullName, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary><c>kf</c> with <paramref name="args"/> and <c>--config</c>, in this process.</summary>
    public Task<CliResult> RunAsync(params string[] args) => RunBareAsync([.. args, "--config", ConfigFile]);

    /// <summary><c>kf</c> with exactly <paramref name="args"/>, in this process, stderr not a terminal.</summary>
    public static async Task<CliResult> RunBareAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await KfCli.RunAsync(args, output, error, interactive: false, CancellationToken.None);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary><c>dotnet kf.dll</c> as a child process, its settings in the environment as the services take them.</summary>
    public async Task<CliResult> RunProcessAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Folder.FullName,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kf.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in Settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await output, await error);
    }

    /// <summary>The CLI's own composition, started, for a test to look at or seed the database directly.</summary>
    public Task<IHost> HostAsync() => KnowledgeHost.StartAsync(ConfigFile, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        if (_mySql is not null)
        {
            await _mySql.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A temp folder; SQLite may hold the file a moment longer.
        }
    }

    private static Dictionary<string, object> Nest(Dictionary<string, string> flat)
    {
        var root = new Dictionary<string, object>();
        foreach (var (key, value) in flat)
        {
            var parts = key.Split(':');
            var node = root;
            foreach (var part in parts[..^1])
            {
                if (!node.TryGetValue(part, out var child))
                {
                    node[part] = child = new Dictionary<string, object>();
                }

                node = (Dictionary<string, object>)child;
            }

            node[parts[^1]] = value;
        }

        return root;
    }
}
