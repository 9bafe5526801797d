namespace Kf.Knowledge.Tests.Evaluation;

/// <summary>
/// Questions a shop's knowledge base cannot answer — weather, chit-chat, other companies, general
/// knowledge — to see how many would wrongly clear the confidence thresholds.
/// </summary>
public static class OffTopicQuestions
{
    public static IReadOnlyList<string> All { get; } =
    [
        "今天北京天气怎么样？",
        "明天会下雨吗",
        "给我讲个笑话吧",
        "你是男的还是女的",
        "你叫什么名字",
        "腾讯的股价今天涨了吗",
        "华为最新的手机是哪一款",
        "麦当劳的早餐几点结束",
        "推荐一部好看的电影",
        "周杰伦的新歌叫什么",
        "怎么做红烧肉",
        "一公斤等于多少斤",
        "地球到月球有多远",
        "帮我写一首关于春天的诗",
        "今年的春节是几月几号",
        "上海到杭州的高铁要多久",
        "世界上最高的山是哪座",
        "我失恋了心情不好",
        "你喜欢猫还是狗",
        "勾股定理是什么",
        "How is the weather in Shenzhen today?",
        "Tell me a joke",
        "阿里巴巴的总部在哪里",
        "特斯拉的车好开吗",
        "怎么学好英语",
        "附近有什么好吃的餐厅",
        "2024年奥运会在哪个城市举办",
        "感冒了吃什么药好",
        "猫咪不吃饭怎么办",
        "今天是星期几",
    ];
}
