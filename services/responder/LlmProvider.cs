namespace Kf.Responder;

/// <summary>The backend chosen by <c>Llm:Provider</c>.</summary>
internal enum LlmProvider
{
    None,
    OpenAi,
    Coze,
}
