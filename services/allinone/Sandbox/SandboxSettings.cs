using Kf.Simulator.Options;

namespace Kf.AllInOne.Sandbox;

/// <summary>The bot's settings in the sandbox: the simulator's credentials and accounts, this host as the API and the callback.</summary>
internal static class SandboxSettings
{
    public const string CallbackPath = "wecom/callback";

    public static Dictionary<string, string?> For(SimulatorOptions simulator, Uri self)
    {
        var settings = new Dictionary<string, string?>
        {
            ["WeCom:ApiBaseUrl"] = self.ToString(),
            ["WeCom:CorpId"] = simulator.CorpId,
            ["WeCom:Secret"] = simulator.Secret,
            ["WeCom:Token"] = simulator.Token,
            ["WeCom:EncodingAesKey"] = simulator.EncodingAesKey,
            ["Simulator:CallbackUrl"] = new Uri(self, CallbackPath).ToString(),
        };
        var accounts = simulator.OpenKfIds.Length > 0 ? simulator.OpenKfIds : SimulatorOptions.DefaultOpenKfIds;
        for (var i = 0; i < accounts.Length; i++)
        {
            // The safety poll then pulls the simulator's accounts even before they have a cursor.
            settings[$"Syncer:OpenKfIds:{i}"] = accounts[i];
        }

        return settings;
    }
}
