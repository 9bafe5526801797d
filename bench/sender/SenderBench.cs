namespace Kf.Sender.Bench;

/// <summary>The bench's own corp, so its tokens and rate keys never meet a test's.</summary>
internal static class SenderBench
{
    public const string CorpId = "wwsenderbench001";
    public const string Secret = "sender-bench-secret";
}
