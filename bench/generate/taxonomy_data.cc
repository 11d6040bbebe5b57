#include "taxonomy_data.h"

namespace bench {

const CategoryNode& CategoryTaxonomy::Leaf(size_t i) const {
  for (const auto& n : nodes) {
    if (n.id == leaf_ids[i]) return n;
  }
  return nodes.front();
}

std::vector<const CategoryNode*> CategoryTaxonomy::Holding(uint32_t leaf_bit) const {
  std::vector<const CategoryNode*> out;
  for (const auto& n : nodes) {
    if (n.leaves & leaf_bit) out.push_back(&n);
  }
  return out;
}

const CategoryTaxonomy& ChipTaxonomy() {
  // Leaves: a100 1, a800 2, h100 4, h800 8, h20 16.
  static const CategoryTaxonomy kChips{
      "chip",
      {"a100", "a800", "h100", "h800", "h20"},
      {
          {"a100",
           1,
           {{"A100", "puces A100"}, {"Nvidia A100", "Nvidia A100"}},
           {{"A100", "A100 chips"}, {"Nvidia A100", "Nvidia A100 GPUs"}}},
          {"a800",
           2,
           {{"A800", "puces A800"}, {"Nvidia A800", "Nvidia A800"}},
           {{"A800", "A800 chips"}, {"Nvidia A800", "Nvidia A800 GPUs"}}},
          {"h100",
           4,
           {{"H100", "puces H100"}, {"Nvidia H100", "Nvidia H100"}},
           {{"H100", "H100 chips"}, {"Nvidia H100", "Nvidia H100 GPUs"}}},
          {"h800",
           8,
           {{"H800", "puces H800"}, {"Nvidia H800", "Nvidia H800"}},
           {{"H800", "H800 chips"}, {"Nvidia H800", "Nvidia H800 GPUs"}}},
          {"h20", 16, {{"H20", "puces H20"}}, {{"H20", "H20 chips"}}},
          {"ampere",
           1 | 2,
           {{"Nvidia Ampere", "puces de génération Nvidia Ampere"}},
           {{"Nvidia Ampere", "Nvidia Ampere chips"}}},
          {"hopper",
           4 | 8 | 16,
           {{"Nvidia Hopper", "puces de génération Nvidia Hopper"}},
           {{"Nvidia Hopper", "Nvidia Hopper chips"}}},
          {"china-market-variant",
           2 | 8 | 16,
           {{"puces bridées pour le marché chinois", "puces bridées pour le marché chinois"}},
           {{"China-market chips", "China-market chips"}}},
          {"nvidia-datacenter-gpu",
           31,
           {{"puces Nvidia haut de gamme", "puces Nvidia haut de gamme"}},
           {{"high-end Nvidia chips", "high-end Nvidia chips"}}},
          {"nvidia-gpu", 31, {{"puces Nvidia", "puces Nvidia"}}, {{"Nvidia GPU", "Nvidia GPU"}}},
      },
      {2, 8, 16},
  };
  return kChips;
}

const CategoryTaxonomy& PlaceTaxonomy() {
  // Leaves: hangzhou 1, zhanjiang 2, beijing 4.
  static const CategoryTaxonomy kPlaces{
      "place",
      {"hangzhou", "zhanjiang", "beijing"},
      {
          {"hangzhou", 1, {{"Hangzhou", "à Hangzhou"}}, {{"Hangzhou", "in Hangzhou"}}},
          {"zhanjiang", 2, {{"Zhanjiang", "à Zhanjiang"}}, {{"Zhanjiang", "in Zhanjiang"}}},
          {"beijing", 4, {{"Pékin", "à Pékin"}}, {{"Beijing", "in Beijing"}}},
          {"zhejiang",
           1,
           {{"province du Zhejiang", "dans la province du Zhejiang"}},
           {{"Zhejiang", "in Zhejiang"}}},
          {"east-china",
           1,
           {{"Chine orientale", "en Chine orientale"}},
           {{"eastern China", "in eastern China"}}},
          {"guangdong",
           2,
           {{"province du Guangdong", "dans la province du Guangdong"}},
           {{"Guangdong", "in Guangdong"}}},
          {"south-china",
           2,
           {{"sud de la Chine", "dans le sud de la Chine"}},
           {{"southern China", "in southern China"}}},
          {"china", 7, {{"Chine", "en Chine"}}, {{"China", "in China"}}},
      },
      {1, 2},
  };
  return kPlaces;
}

const CategoryTaxonomy& UniversityTaxonomy() {
  // Leaves: zhejiang-university 1, tsinghua-university 2.
  static const CategoryTaxonomy kUniversities{
      "university",
      {"zhejiang-university", "tsinghua-university"},
      {
          {"zhejiang-university",
           1,
           {{"université de Zhejiang", "de l'université de Zhejiang"}},
           {{"Zhejiang University", "from Zhejiang University"}}},
          {"tsinghua-university",
           2,
           {{"université Tsinghua", "de l'université Tsinghua"}},
           {{"Tsinghua", "from Tsinghua"}}},
          {"university-in-hangzhou",
           1,
           {{"une université de Hangzhou", "d'une université de Hangzhou"}},
           {{"a university in Hangzhou", "from a university in Hangzhou"}}},
      },
      {1},
  };
  return kUniversities;
}

}  // namespace bench
