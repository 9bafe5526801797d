namespace Kf.Simulator.Tests.Infrastructure;

public static class JsonExtensions
{
    public static int Code(this JsonObject reply) => (int)reply["errcode"]!;

    public static string Str(this JsonNode? node, string name) => (string)node![name]!;
}
