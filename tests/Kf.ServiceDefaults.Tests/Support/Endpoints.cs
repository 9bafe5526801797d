using System.Net.Sockets;
using System.Net;

namespace Kf.ServiceDefaults.Tests.Support;

public static class Endpoints
{
    // A loopback port that was just free: nothing listens there, so connections are refused at once.
    public static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
