namespace Kf.WeCom.Models;

/// <summary>Format of voice media returned by sync_msg (<c>voice_format</c>).</summary>
public enum VoiceFormat
{
    /// <summary>AMR, the default.</summary>
    Amr = 0,

    /// <summary>Silk.</summary>
    Silk = 1,
}
