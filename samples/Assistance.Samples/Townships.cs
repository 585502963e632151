namespace Assistance.Samples;

/// <summary>A few townships (乡镇/街道) of each county of 长治市, for the addresses of sample households.</summary>
internal static class Townships
{
    private static readonly Dictionary<string, string[]> ByCounty = new()
    {
        ["140403"] = ["东街街道", "西街街道", "英雄南路街道", "太行东街街道", "老顶山镇", "黄碾镇"],
        ["140404"] = ["韩店镇", "苏店镇", "荫城镇", "西火镇", "八义镇"],
        ["140405"] = ["麟绛镇", "上村镇", "渔泽镇", "余吾镇", "张店镇"],
        ["140406"] = ["潞华街道", "成家川街道", "店上镇", "微子镇", "辛安泉镇"],
        ["140423"] = ["古韩镇", "王桥镇", "侯堡镇", "夏店镇", "虒亭镇"],
        ["140425"] = ["青羊镇", "龙溪镇", "石城镇", "苗庄镇", "杏城镇"],
        ["140426"] = ["黎侯镇", "东阳关镇", "上遥镇", "西井镇", "黄崖洞镇"],
        ["140427"] = ["龙泉镇", "百尺镇", "店上镇", "晋庄镇", "树掌镇"],
        ["140428"] = ["丹朱镇", "鲍店镇", "石哲镇", "大堡头镇", "慈林镇"],
        ["140429"] = ["丰州镇", "洪水镇", "蟠龙镇", "监漳镇", "故城镇"],
        ["140430"] = ["定昌镇", "郭村镇", "故县镇", "新店镇", "漳源镇"],
        ["140431"] = ["沁河镇", "郭道镇", "灵空山镇", "王和镇", "李元镇"],
    };

    public static IReadOnlyList<string> All(string countyCode) => ByCounty.TryGetValue(countyCode, out var names) ? names : ["城关镇"];

    public static string Of(string countyCode, Random random) =>
        ByCounty.TryGetValue(countyCode, out var names) ? names[random.Next(names.Length)] : "城关镇";
}
