namespace Kf.WeCom.Models;

/// <summary>Media downloaded with <c>media/get</c>.</summary>
/// <param name="Content">The bytes.</param>
/// <param name="ContentType">The Content-Type WeCom gave, if any.</param>
/// <param name="FileName">The file name from Content-Disposition, if any.</param>
public sealed record KfMedia(byte[] Content, string? ContentType, string? FileName);
