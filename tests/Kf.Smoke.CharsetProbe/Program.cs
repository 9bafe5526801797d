// Reads one utf8mb3 value (DATABASE()) from KF_TEST_MYSQL with the bare driver; `--shim` applies
// MySqlCompatibility first. Prints the value and exits 0, or prints the errors and exits 1.
using Kf.Storage;
using MySql.Data.MySqlClient;

// The driver masks the charset error behind a KeyNotFoundException raised while it drains the
// broken result: report every exception thrown on the way so the cause is visible.
AppDomain.CurrentDomain.FirstChanceException += (_, e) =>
    Console.Error.WriteLine($"thrown: {e.Exception.GetType().Name}: {e.Exception.Message}");

if (args.Contains("--shim"))
{
    MySqlCompatibility.Apply();
}

try
{
    using var connection = new MySqlConnection(Environment.GetEnvironmentVariable("KF_TEST_MYSQL"));
    connection.Open();
    using var command = new MySqlCommand("SELECT DATABASE()", connection);
    Console.WriteLine($"database: {command.ExecuteScalar()}");
    return 0;
}
catch (Exception e)
{
    Console.Error.WriteLine($"failed: {e.GetType().Name}: {e.Message}");
    return 1;
}
