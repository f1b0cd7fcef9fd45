package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutletsTest {
  @Test
  void urlsGiveTheBareHost() {
    assertThat(Outlets.fromUrl("https://www.example.org/a b")).isEqualTo("example.org");
    assertThat(Outlets.fromUrl("https://m.example.net/x")).isEqualTo("example.net");
    assertThat(Outlets.fromUrl("http://news.example.co.uk/2/hi")).isEqualTo("news.example.co.uk");
    assertThat(Outlets.fromUrl("not a url")).isNull();
    assertThat(Outlets.fromUrl(null)).isNull();
  }

  @Test
  void fileNamesNamingAnOutlet() {
    assertThat(Outlets.fromFileName("NYT_Russia_Ukraine.csv")).isEqualTo("The New York Times");
    assertThat(Outlets.fromFileName("Kyiv_Independent_contenuti.csv")).isEqualTo("Kyiv Independent");
    assertThat(Outlets.fromFileName("BBC_News_contenuti.csv")).isEqualTo("BBC");
    assertThat(Outlets.fromFileName("guardian-2022.jsonl")).isEqualTo("The Guardian");
    assertThat(Outlets.fromFileName("combined_Russia_Ukraine_articles.csv")).isNull();
    assertThat(Outlets.fromFileName("synthetic.csv")).isNull();
  }
}
