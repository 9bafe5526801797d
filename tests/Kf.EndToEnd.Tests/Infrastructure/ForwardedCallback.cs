using System.Net;

namespace Kf.EndToEnd.Tests.Infrastructure;

/// <summary>One signed callback as the simulator pushed it, and what the ingress answered.</summary>
public sealed record ForwardedCallback(string PathAndQuery, string Body, HttpStatusCode? Status, TimeSpan Took);
