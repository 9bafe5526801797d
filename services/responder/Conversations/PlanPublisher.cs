using Kf.Contracts;
using Kf.Storage.Conversations;
using MassTransit;

namespace Kf.Responder.Conversations;

/// <summary>Publishes a stored plan's parts in order; publishing it again sends the same commands (same send msgids).</summary>
internal sealed class PlanPublisher(IPublishEndpoint publish)
{
    public async Task PublishAsync(AnswerPlan plan, CancellationToken cancellationToken)
    {
        foreach (var part in plan.Parts)
        {
            await publish.Publish(new SendKfMessage
            {
                SendMsgId = part.SendMsgId,
                OpenKfId = plan.OpenKfId,
                ExternalUserId = plan.ExternalUserId,
                SourceMsgId = plan.MsgId,
                Part = part.Part,
                MsgType = "text",
                Text = part.Text,
                PreviousSendMsgId = part.PreviousSendMsgId,
            }, cancellationToken);
        }
    }
}
