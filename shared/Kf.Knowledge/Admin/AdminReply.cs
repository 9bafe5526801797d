using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kf.Knowledge.Admin;

/// <summary>Admin API answers in the simulator control API's style: snake_case JSON, errors as <c>{"error": "..."}</c>.</summary>
internal static class AdminReply
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        // Chinese stays readable in curl output; these bodies are JSON for tools, never HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonHttpResult<T> Ok<T>(T body) => TypedResults.Json(body, Json);

    public static JsonHttpResult<AdminError> Error(int status, string message) => TypedResults.Json(new AdminError(message), Json, statusCode: status);
}
