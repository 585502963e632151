using NodaTime;

namespace Assistance.Domain.Cases;

public enum MemberChangeKind { Birth, Death, MovedIn, MovedOut }
