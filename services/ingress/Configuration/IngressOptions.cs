using System.ComponentModel.DataAnnotations;

namespace Kf.Ingress.Configuration;

// Bounds of the callback path (invariants 1 and 8): how much body is read, and how long the
// broker's confirm may take before WeChat is told to retry.
public sealed class IngressOptions
{
    public const string Section = "Ingress";

    // Real callbacks are well under 4 KiB; 64 KiB matches the XML parser's own bound.
    [Range(1024, 1024 * 1024, ErrorMessage = "Ingress:MaxBodyBytes must be between {1} and {2}.")]
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    // WeChat waits 5 s in all; 3 s leaves room for reading, decrypting and the network.
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:04", ErrorMessage = "Ingress:PublishTimeout must be between {1} and {2}.")]
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(3);
}
