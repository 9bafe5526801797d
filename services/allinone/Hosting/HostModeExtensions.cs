namespace Kf.AllInOne.Hosting;

internal static class HostModeExtensions
{
    /// <summary>
    /// <c>Kf:Sandbox=true</c> forces the sandbox and <c>false</c> forbids it; unset, the sandbox is on
    /// when neither <c>WeCom:CorpId</c> nor <c>WeCom:Secret</c> is configured. Only one of the two is a
    /// mistake, not a wish for the sandbox: the real mode's validation then names the missing key.
    /// </summary>
    public static HostMode AddHostMode(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var noAccount = string.IsNullOrEmpty(configuration["WeCom:CorpId"]) && string.IsNullOrEmpty(configuration["WeCom:Secret"]);
        var mode = new HostMode(configuration.GetValue<bool?>(HostMode.SandboxKey) ?? noAccount);
        builder.Services.AddSingleton(mode);
        return mode;
    }
}
