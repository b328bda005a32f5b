package simulations.faults;

/**
 * Where a closed population overloads a target that serves at most C requests at once and refuses
 * the rest. U users that think T on average and wait R for an answer offer U·R/(T+R) requests in
 * flight (Little's law); with a finite population the share of requests that find all C busy is
 * Engset's loss formula, the finite-source form of Erlang's. The knee is the smallest U at which
 * that share reaches the limit.
 */
final class KneePrediction {

  private KneePrediction() {}

  /**
   * The users at which the refused share reaches {@code refusedLimit}.
   *
   * @param servers C, the requests served at once
   * @param thinkS T, the mean think time in seconds
   * @param responseS R, the mean response time in seconds
   */
  static int users(int servers, double refusedLimit, double thinkS, double responseS) {
    double perIdleUser = responseS / thinkS;
    int users = servers + 1;
    while (refused(users, servers, perIdleUser) < refusedLimit) {
      users++;
    }
    return users;
  }

  /**
   * Engset's call congestion: the share of the requests of {@code users} users that find all {@code
   * servers} busy, each idle user offering {@code perIdleUser} (R/T). An arriving request sees the
   * other users only, so the time congestion of {@code users - 1} users.
   */
  static double refused(int users, int servers, double perIdleUser) {
    int others = users - 1;
    // terms C(n,k)·b^k built one from the last, so no factorial overflows
    double term = 1;
    double sum = 1;
    for (int k = 1; k <= servers && k <= others; k++) {
      term = term * (others - k + 1) / k * perIdleUser;
      sum += term;
    }
    return servers > others ? 0 : term / sum;
  }
}
