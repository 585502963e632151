namespace Assistance.Samples;

/// <summary>A county's share of the article's screening: persons on the 重残 roster, suspected new among them, persons visited, villages.</summary>
public sealed record CountyScreening(int SevereDisability, int SuspectedNew, int Visited, int Villages, int OutreachApplicants);
