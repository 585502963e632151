using NodaTime;
using System.Linq.Expressions;
using Marten;

namespace Assistance.Host.Worklists;

public enum WorklistSort { DueOn, DueOnDescending, Township, AppliedOn }
