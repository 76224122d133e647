/**
 * Believable, unique municipality names for copies: copy k gets the k-th combination of a first and
 * a second part in the style of its country (a number is added only past the last combination).
 */
const STYLES: Record<string, { first: string[]; second: string[] }> = {
  NO: {
    first: ['Aust', 'Berg', 'Bjørk', 'Dal', 'Eid', 'Fjell', 'Foss', 'Grø', 'Ham', 'Haug', 'Holm', 'Lang', 'Li', 'Lund', 'Myr', 'Nord', 'Os', 'Rud', 'Sand', 'Skog', 'Sol', 'Stein', 'Strand', 'Sør', 'Tind', 'Vest', 'Vik', 'Ås'],
    second: ['berg', 'dal', 'fjord', 'haug', 'heim', 'land', 'lia', 'nes', 'rud', 'sand', 'stad', 'sund', 'vik', 'vang', 'øy', 'åsen', 'bø', 'holt', 'eid', 'mo'],
  },
  es: {
    first: ['San Juan', 'San Pedro', 'Santa Cruz', 'San Miguel', 'Santa María', 'San Andrés', 'San José', 'Santa Lucía', 'San Lucas', 'San Antonio', 'Santo Tomás', 'San Marcos', 'San Rafael', 'Santa Ana', 'San Martín', 'San Pablo', 'Santa Clara', 'San Bartolo', 'San Cristóbal', 'Santa Catarina'],
    second: ['Atitlán', 'Chiquimula', 'Ixtahuacán', 'Jocotán', 'La Laguna', 'Las Flores', 'Los Altos', 'Nahualá', 'Petén', 'Quetzal', 'Sacatepéquez', 'Tecpán', 'Totonicapán', 'Uspantán', 'Zunil', 'Cotzal', 'El Progreso', 'La Unión', 'Jalapa', 'Chinautla'],
  },
  sw: {
    first: ['Ki', 'Ma', 'Mbu', 'Nya', 'Bu', 'Ka', 'Mu', 'Lu', 'Ru', 'Shi', 'Tu', 'Wa', 'Nga', 'Mwa', 'Ija', 'Kya', 'Ibu', 'Ngo', 'Bwe', 'Ola'],
    second: ['bale', 'bunda', 'gamba', 'hama', 'kindu', 'lindi', 'mbasa', 'nanga', 'rongo', 'sese', 'toni', 'wanda', 'yeta', 'zaba', 'gulu', 'kasa', 'mara', 'nzega', 'pemba', 'tabora'],
  },
  slav: {
    first: ['Novi', 'Stari', 'Gornji', 'Donji', 'Veliki', 'Mali', 'Bijelo', 'Crno', 'Zeleni', 'Suvo', 'Kamen', 'Lipo', 'Dobro', 'Sveti', 'Bela', 'Nova', 'Krasna', 'Mala', 'Velika', 'Stara'],
    second: ['Polje', 'Brod', 'Grad', 'Selo', 'Most', 'Vrh', 'Dol', 'Lug', 'Breg', 'Potok', 'Gora', 'Lipa', 'Dubrava', 'Kosa', 'Luka', 'Voda', 'Bor', 'Jezero', 'Rijeka', 'Kut'],
  },
};

const STYLE_OF_COUNTRY: Record<string, keyof typeof STYLES> = { NO: 'NO', GT: 'es', UG: 'sw', TZ: 'sw', KE: 'sw', MW: 'sw', RW: 'sw' };

export function municipalityName(country: string, k: number): string {
  const style = STYLES[STYLE_OF_COUNTRY[country] ?? 'slav']!;
  const { first, second } = style;
  const a = first[k % first.length]!;
  const b = second[Math.floor(k / first.length) % second.length]!;
  const round = Math.floor(k / (first.length * second.length));
  const joined = style === STYLES.NO || style === STYLES.sw ? `${a}${b}` : `${a} ${b}`;
  return round === 0 ? joined : `${joined} ${round + 1}`;
}
