using System.Xml;
using Kf.WeCom.Crypto;

namespace Kf.WeCom.Callback;

/// <summary>
/// Parses callback XML safely: DTDs prohibited (no entity expansion, no external fetch),
/// size, depth and element count bounded. Every failure is a <see cref="CallbackException"/>.
/// </summary>
public static class CallbackXml
{
    /// <summary>Parses the outer POST body.</summary>
    public static CallbackEnvelope ParseEnvelope(string xml, CallbackXmlLimits? limits = null)
    {
        var fields = ReadFields(xml, limits ?? CallbackXmlLimits.Default);
        if (!fields.TryGetValue("Encrypt", out var encrypt) || encrypt.Length == 0)
        {
            throw new CallbackException(CallbackError.MissingField, "The body has no Encrypt element.");
        }

        fields.TryGetValue("ToUserName", out var toUserName);
        fields.TryGetValue("AgentID", out var agentId);
        return new CallbackEnvelope(toUserName, encrypt, agentId);
    }

    /// <summary>Parses a decrypted callback.</summary>
    public static CallbackEvent ParseEvent(string xml, CallbackXmlLimits? limits = null) =>
        new() { Fields = ReadFields(xml, limits ?? CallbackXmlLimits.Default) };

    private static Dictionary<string, string> ReadFields(string xml, CallbackXmlLimits limits)
    {
        if (xml.Length > limits.MaxCharacters)
        {
            throw new CallbackException(CallbackError.TooLarge, $"XML over {limits.MaxCharacters} characters.");
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = limits.MaxCharacters,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
        };

        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            return Walk(reader, limits);
        }
        catch (XmlException ex)
        {
            throw new CallbackException(CallbackError.MalformedXml, $"Malformed XML: {ex.Message}", ex);
        }
    }

    private static Dictionary<string, string> Walk(XmlReader reader, CallbackXmlLimits limits)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var path = new List<string>();
        var elements = 0;
        var sawRoot = false;

        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (++elements > limits.MaxElements || reader.Depth > limits.MaxDepth)
                    {
                        throw new CallbackException(CallbackError.MalformedXml, "XML nests too deep or has too many elements.");
                    }

                    sawRoot = true;
                    if (reader.Depth > 0)
                    {
                        path.RemoveRange(reader.Depth - 1, path.Count - (reader.Depth - 1));
                        path.Add(reader.LocalName);
                        // An empty element (<AgentID/> or <AgentID></AgentID>) still counts as present.
                        fields.TryAdd(string.Join('/', path), string.Empty);
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA when reader.Depth > 1:
                    var key = string.Join('/', path.Take(reader.Depth - 1));
                    fields[key] = fields.TryGetValue(key, out var prior) ? prior + reader.Value : reader.Value;
                    break;
            }
        }

        if (!sawRoot)
        {
            throw new CallbackException(CallbackError.MalformedXml, "The body has no root element.");
        }

        return fields;
    }
}
