namespace Kf.Cli;

/// <summary><c>kf --help</c>.</summary>
internal static class HelpText
{
    public const string Text = """
        kf — Kf's command line (the knowledge base). 知识库命令行。

        Usage:
          kf kb import <path> [--profile P]     Import a file, or every .md/.txt/.csv/.jsonl file under a folder
                                                (named by its path relative to the folder). Re-importing a name
                                                replaces that document; unchanged content is skipped.
          kf kb list [--profile P]              The profile's documents (id, chunks, format, import time, name).
          kf kb delete <id> [--profile P]       Delete a document and its chunks.
          kf kb search <query> [--top N] [--profile P]
                                                What the bot would retrieve, with confidence and ranks.
          kf kb unknown [--all] [--limit N] [--profile P]
                                                Questions the bot could not answer, grouped, most asked first.

        Options:
          --profile P        Bot profile (default: Knowledge:DefaultProfile, "default").
          --config FILE      A JSON settings file, like a service's appsettings.json; environment variables win.
          -h, --help         This text.

        Settings are the services' own, from the environment, e.g.
          Kf__Storage=Sqlite ConnectionStrings__Sqlite="Data Source=kf.db"
          Kf__Storage=MySql  ConnectionStrings__MySql="Server=...;Database=kf;User ID=kf;Password=..."
          Embeddings__BaseUrl=... Embeddings__Model=... Embeddings__ApiKey=...   (optional: vector search)
        The schema is migrated on first use.

        Formats (by extension): .md Markdown (Q:/A: pairs make it a FAQ), .txt text, .csv FAQ with a
        question,answer header, .jsonl FAQ with {"question": ..., "answer": ...} per line. See docs/knowledge-base.md.

        Exit codes: 0 done; 1 something failed (an import's other files were still imported); 2 wrong usage or settings.

        """;
}
