package simulations.faults;

/**
 * Where a closed population overloads a target that serves at most C requests at once and refuses
 * the rest: Little's law gives the requests in flight, U·R/(T+R), and the Erlang loss formula the
 * share refused at that offered load; the knee is the U at which that share reaches the limit.
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
  static double users(int servers, double refusedLimit, double thinkS, double responseS) {
    double low = 0;
    double high = servers * 10.0;
    for (int i = 0; i < 100; i++) {
      double load = (low + high) / 2;
      if (erlangB(servers, load) < refusedLimit) {
        low = load;
      } else {
        high = load;
      }
    }
    return low * (thinkS + responseS) / responseS;
  }

  /** Erlang's loss formula B(C, A): the share of arrivals that find all C servers busy. */
  static double erlangB(int servers, double load) {
    double b = 1;
    for (int n = 1; n <= servers; n++) {
      b = load * b / (n + load * b);
    }
    return b;
  }
}
