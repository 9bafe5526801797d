namespace Kf.Storage;

/// <summary>Which database the stores use (<c>Kf:Storage</c>).</summary>
public enum KfStorage
{
    /// <summary>MySQL or MariaDB at <c>ConnectionStrings:MySql</c>, shared by every replica (the default).</summary>
    MySql,

    /// <summary>A SQLite file at <c>ConnectionStrings:Sqlite</c> (default <c>Data Source=kf.db</c>): one process only.</summary>
    Sqlite,
}
