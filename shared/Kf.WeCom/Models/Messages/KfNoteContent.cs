namespace Kf.WeCom.Models.Messages;

/// <summary>
/// A received <c>note</c> payload (a customer's 笔记). WeCom sends an empty object; anything it adds
/// later is in <see cref="KfMessage.Raw"/>.
/// </summary>
public sealed record KfNoteContent;
