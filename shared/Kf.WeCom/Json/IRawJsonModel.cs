using System.Text.Json;

namespace Kf.WeCom.Json;

/// <summary>A model that keeps the JSON it was read from, so nothing WeCom sent is ever dropped.</summary>
internal interface IRawJsonModel<TSelf>
    where TSelf : IRawJsonModel<TSelf>
{
    /// <summary>The JSON object the model was read from.</summary>
    JsonElement Raw { get; }

    /// <summary>Builds the model around <paramref name="raw"/>.</summary>
    static abstract TSelf FromJson(JsonElement raw);
}
