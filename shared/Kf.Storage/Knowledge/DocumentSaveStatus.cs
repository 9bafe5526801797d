namespace Kf.Storage.Knowledge;

/// <summary>What saving a document did.</summary>
public enum DocumentSaveStatus
{
    /// <summary>A new name: stored.</summary>
    Created,

    /// <summary>The name existed with other content: its chunks were replaced.</summary>
    Replaced,

    /// <summary>The name existed with the same content: nothing changed.</summary>
    Unchanged,

    /// <summary>Another document of the profile has exactly this content: nothing stored.</summary>
    Duplicate,
}
