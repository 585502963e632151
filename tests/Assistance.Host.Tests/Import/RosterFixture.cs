using System.Text;
using Assistance.Host.Tests.Support;

namespace Assistance.Host.Tests.Import;

/// <summary>A small roster with good households and one of each kind of bad row, and what its error report must say.</summary>
public static class RosterFixture
{
    public static readonly string Head1 = Households.Id("140429", "19650304", "013");
    public static readonly string Wife1 = Households.Id("140429", "19670911", "024");
    public static readonly string Son1 = Households.Id("140429", "19980101", "035");
    public static readonly string Single2 = Households.Id("140403", "19480620", "046");
    public static readonly string GoodMember3 = Households.Id("140429", "19720202", "057");
    public static readonly string BadCheckDigit3 = BreakCheckDigit(Households.Id("140429", "19740303", "068"));
    public static readonly string Unknown4 = Households.Id("140425", "19800404", "079");
    public static readonly string NoHead5a = Households.Id("140425", "19550505", "081");
    public static readonly string NoHead5b = Households.Id("140425", "19560606", "092");
    public static readonly string Shared67 = Households.Id("140426", "19600707", "103");
    public static readonly string Head8 = Households.Id("140428", "19610808", "114");

    public static readonly string[] Header = ["户编号", "县区代码", "乡镇", "村", "城乡", "救助类别", "纳入年月", "月保障金", "姓名", "身份证号", "与户主关系", "残疾等级"];

    /// <summary>Data rows; the row number a spreadsheet shows is the index + 2.</summary>
    public static readonly string[][] Rows =
    [
        ["H001", "140429", "丰州镇", "东关村", "农村", "低保", "2019-03", "1560", "王大山", Head1, "户主", ""],      // 2
        ["H001", "140429", "丰州镇", "东关村", "农村", "低保", "2019-03", "1560", "李秀英", Wife1, "配偶", "二级"],    // 3
        ["H001", "140429", "丰州镇", "东关村", "", "", "", "", "王小明", Son1, "子女", ""],                         // 4
        ["H002", "140403", "东街街道", "英雄南路社区", "城市", "低保", "2021年7月", "780", "赵桂兰", Single2, "本人", "一级"], // 5
        ["H003", "140429", "丰州镇", "西关村", "农村", "低保", "2020-01", "1170", "孙建国", GoodMember3, "户主", ""], // 6
        ["H003", "140429", "丰州镇", "西关村", "农村", "低保", "2020-01", "1170", "周玉兰", BadCheckDigit3, "配偶", ""], // 7
        ["H004", "999999", "某镇", "某村", "农村", "低保", "2018-05", "585", "钱多多", Unknown4, "户主", ""],         // 8
        ["H005", "140425", "青羊镇", "南村", "农村", "低保", "2017-09", "1170", "吴老大", NoHead5a, "兄", ""],        // 9
        ["H005", "140425", "青羊镇", "南村", "农村", "低保", "2017-09", "1170", "吴老二", NoHead5b, "弟", ""],        // 10
        ["H006", "140426", "黎侯镇", "北村", "农村", "低保", "2016-02", "585", "郑一", Shared67, "户主", ""],          // 11
        ["H007", "140427", "龙泉镇", "东村", "农村", "低保", "2016-04", "585", "郑一", Shared67, "户主", ""],          // 12
        ["H008", "140428", "丹朱镇", "西村", "农村", "低保", "2015-06", "五百", "冯八", Head8, "户主", ""],           // 13
    ];

    public static readonly (int Row, string Reason)[] ExpectedErrors =
    [
        (7, "身份证号校验码错误"),
        (8, "县区代码「999999」不是已登记的县区"),
        (9, "户编号 H005（第9、10行）没有户主：须有一行的与户主关系为「户主」或「本人」"),
        (11, $"身份证号 {Shared67[..6]}********{Shared67[14..]} 在多户中重复出现，另见第12行（户编号 H007）"),
        (12, $"身份证号 {Shared67[..6]}********{Shared67[14..]} 在多户中重复出现，另见第11行（户编号 H006）"),
        (13, "月保障金「五百」不是有效金额（元，最多两位小数）"),
    ];

    public static byte[] Csv(Encoding? encoding = null)
    {
        var text = new StringBuilder().AppendLine(string.Join(",", Header));
        foreach (var row in Rows) text.AppendLine(string.Join(",", row));
        return (encoding ?? new UTF8Encoding(true)).GetPreamble().Concat((encoding ?? Encoding.UTF8).GetBytes(text.ToString())).ToArray();
    }

    private static string BreakCheckDigit(string id) => id[..17] + (id[17] == '0' ? '1' : '0');
}
