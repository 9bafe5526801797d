using Kf.Coordination;
using Kf.Storage;
using Kf.WeCom.Models.Messages;

namespace Kf.Syncer.Pulling;

/// <summary>A message of the page under our pending claim, with what intake does with it.</summary>
internal sealed record HeldMessage(KfMessage Message, string Token, MessageDisposition Disposition)
{
    public HeldClaim Claim => new(Message.MsgId, Token);

    /// <summary>Whether it goes on the bus (the rest are only recorded).</summary>
    public bool Publishes => Disposition is MessageDisposition.Published or MessageDisposition.EventPublished;
}
