namespace Kf.Knowledge.Import;

/// <summary>A document that cannot be imported as given, with what and where (e.g. the CSV line). Nothing is stored.</summary>
public sealed class KnowledgeFormatException(string message) : Exception(message);
