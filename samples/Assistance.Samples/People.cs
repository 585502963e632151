using Assistance.Domain.Cases;

namespace Assistance.Samples;

/// <summary>
/// Realistic members for sample households: common surnames and given names, birth dates that fit the relation,
/// and ID numbers with the county's area code and a valid check character, never the same number twice.
/// </summary>
public sealed class People
{
    private const string Surnames = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文牛申暴栗郜";
    private static readonly string[] MaleNames = ["建国", "志强", "国平", "卫东", "永红", "海军", "建军", "文斌", "俊杰", "晓东", "宏伟", "振华", "学军", "二虎", "满仓", "金锁", "保平", "天明", "子涵", "浩然", "宇轩", "家豪", "小龙", "新民"];
    private static readonly string[] FemaleNames = ["秀英", "桂兰", "玉兰", "淑珍", "丽娟", "红梅", "春燕", "彩霞", "美玲", "爱莲", "翠花", "金凤", "巧云", "海燕", "晓燕", "丽华", "雨桐", "欣怡", "梓萱", "可馨", "佳琪", "慧敏", "小芳", "改莲"];

    private readonly HashSet<long> _issued = [];

    public People()
    {
    }

    /// <summary>People who never get a number already <paramref name="issued"/>.</summary>
    public People(IEnumerable<string> issued) => _issued = [.. issued.Select(id => long.Parse(id[..17]))];

    /// <summary>A household of <paramref name="size"/> members, the applicant first; everyone born by <paramref name="asOf"/>.</summary>
    public IReadOnlyList<Member> Household(Random random, string countyCode, int size, LocalDate asOf, bool elderly = false)
    {
        var surname = Surnames[random.Next(Surnames.Length)].ToString();
        var headAge = elderly ? random.Next(60, 90) : random.Next(24, 80);
        var headMale = random.Next(100) < 68;
        var members = new List<Member> { Person(random, countyCode, surname, headMale, asOf.PlusYears(-headAge).PlusDays(-random.Next(365)), Relation.Self) };
        for (var i = 1; i < size; i++)
        {
            var (relation, age) = (i, members.Count) switch
            {
                (1, _) when headAge >= 22 && random.Next(100) < 75 => (Relation.Spouse, Math.Max(20, headAge + random.Next(-4, 4))),
                _ when headAge >= 40 && random.Next(100) < 12 => (Relation.Parent, Math.Min(99, headAge + random.Next(20, 32))),
                _ when headAge >= 58 && random.Next(100) < 30 => (Relation.Grandchild, random.Next(1, 17)),
                _ => (Relation.Child, Math.Max(0, headAge - random.Next(20, 36))),
            };
            var male = relation == Relation.Spouse ? !headMale : random.Next(2) == 0;
            var memberSurname = relation == Relation.Spouse ? Surnames[random.Next(Surnames.Length)].ToString() : surname;
            members.Add(Person(random, countyCode, memberSurname, male, asOf.PlusYears(-age).PlusDays(-random.Next(1, 365)), relation));
        }
        return members;
    }

    private Member Person(Random random, string countyCode, string surname, bool male, LocalDate born, Relation relation)
    {
        var name = surname + (male ? MaleNames : FemaleNames)[random.Next(MaleNames.Length)];
        var disability = random.Next(100) switch
        {
            < 3 => Disability.Grade1,
            < 7 => Disability.Grade2,
            < 10 => Disability.Grade3,
            < 12 => Disability.Grade4,
            _ => Disability.None,
        };
        var labor = disability is Disability.Grade1 or Disability.Grade2 ? LaborCapacity.None : random.Next(100) < 30 ? LaborCapacity.Partial : LaborCapacity.Full;
        return new Member(name, IdNumberFor(random, countyCode, born, male), relation, disability, labor, random.Next(100) < 4);
    }

    private string IdNumberFor(Random random, string countyCode, LocalDate born, bool male)
    {
        var prefix = $"{countyCode}{born:yyyyMMdd}";
        var start = random.Next(0, 500);
        for (var k = 0; k < 500; k++)
        {
            var sequence = (start + k) % 500 * 2 + (male ? 1 : 0);
            var first17 = $"{prefix}{sequence:000}";
            if (_issued.Add(long.Parse(first17))) return first17 + IdNumber.CheckCharacterFor(first17);
        }
        return IdNumberFor(random, countyCode, born.PlusDays(1), male);
    }
}
