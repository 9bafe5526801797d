namespace Kf.Ingress.Bench;

// Throwaway credentials for the loopback benchmark only (the shape of WeCom's, no real account).
internal static class BenchCredentials
{
    public const string CorpId = "wwbench0000000001";
    public const string Token = "benchTokenbenchTokenbenchToken12";
    public const string EncodingAesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
}
