using System.Net;

namespace Kf.Ingress.Tests.Support;

// A body with no Content-Length (sent chunked), so only the bound applied while reading can stop it.
public sealed class UnsizedContent(byte[] bytes) : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
