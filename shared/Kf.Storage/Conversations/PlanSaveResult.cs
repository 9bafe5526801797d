namespace Kf.Storage.Conversations;

/// <summary>What <see cref="IConversationStore.SavePlanAsync"/> did.</summary>
public enum PlanSaveResult
{
    /// <summary>Stored with its chain step and memory.</summary>
    Saved,

    /// <summary>The msgid already had a plan: nothing changed; use the stored one.</summary>
    AlreadyPlanned,

    /// <summary>The customer's chain moved since it was read (another replica planned): nothing changed; plan again.</summary>
    ChainMoved,
}
