namespace Kf.WeCom.Models;

/// <summary>The <c>type</c> of a temporary media upload; the wire value is the lower-case name.</summary>
public enum MediaType
{
    /// <summary>Image, at most 10 MB.</summary>
    Image,

    /// <summary>AMR voice, at most 2 MB and 60 s.</summary>
    Voice,

    /// <summary>Video, at most 10 MB.</summary>
    Video,

    /// <summary>Any file, at most 20 MB.</summary>
    File,
}
