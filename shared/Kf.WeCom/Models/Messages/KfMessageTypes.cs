namespace Kf.WeCom.Models.Messages;

/// <summary>The <c>msgtype</c> values of sync_msg and send_msg.</summary>
public static class KfMessageTypes
{
#pragma warning disable CS1591 // The wire names are their own documentation.
    public const string Text = "text";
    public const string Image = "image";
    public const string Voice = "voice";
    public const string Video = "video";
    public const string File = "file";
    public const string Location = "location";
    public const string Link = "link";
    public const string BusinessCard = "business_card";
    public const string MiniProgram = "miniprogram";
    public const string MsgMenu = "msgmenu";
    public const string ChannelsShopProduct = "channels_shop_product";
    public const string ChannelsShopOrder = "channels_shop_order";
    public const string MergedMsg = "merged_msg";
    public const string Channels = "channels";
    public const string Note = "note";
    public const string Event = "event";
    public const string CaLink = "ca_link";
#pragma warning restore CS1591
}
