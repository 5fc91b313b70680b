package cn.nhjc.province.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The realm the platform ships locks an account after repeated wrong passwords. */
class KeycloakRealmIT {

  @Test
  void five_wrong_passwords_lock_the_account_even_against_the_right_one() throws Exception {
    String user = Api.Accounts.METROLOGY[0];
    assertEquals(200, Api.tokenRequest(user, Api.Accounts.METROLOGY[1]).statusCode());
    for (int attempt = 0; attempt < 5; attempt++) {
      assertEquals("invalid_grant", error(Api.tokenRequest(user, "Wrong#Password1")));
    }
    assertEquals(
        "invalid_grant",
        error(Api.tokenRequest(user, Api.Accounts.METROLOGY[1])),
        "brute-force protection: the right password is refused while the account is locked");
  }

  private static String error(HttpResponse<String> response) throws Exception {
    return Api.json(response).path("error").asText();
  }
}
