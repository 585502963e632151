using Assistance.Domain.Values;
using NodaTime;

namespace Assistance.Domain.Tests.Values;

public class IdNumberTests
{
    [Theory]
    [InlineData("11010519491231002X")] // the GB 11643 example
    [InlineData("110105194912310021", "校验码")]
    [InlineData("11010519491331002X", "出生日期")]
    [InlineData("1101051949123100", "18位")]
    [InlineData("11010519491231002A", "第18位")]
    [InlineData("", "不能为空")]
    public void Check_names_the_problem(string text, string? problem = null)
    {
        var found = IdNumber.Check(text);
        if (problem is null) found.ShouldBeNull();
        else found.ShouldNotBeNull().ShouldContain(problem);
    }

    [Fact]
    public void Birth_date_age_and_mask_come_from_the_number()
    {
        var id = IdNumber.Parse("11010519491231002x");
        id.Value.ShouldBe("11010519491231002X");
        id.BirthDate.ShouldBe(new LocalDate(1949, 12, 31));
        id.AgeOn(new LocalDate(2009, 12, 30)).ShouldBe(59);
        id.AgeOn(new LocalDate(2009, 12, 31)).ShouldBe(60);
        id.Masked.ShouldBe("110105********002X");
    }
}
