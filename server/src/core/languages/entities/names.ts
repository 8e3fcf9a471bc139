/**
 * Language-independent knowledge about how personal names look: frequent given
 * names (a name that starts with one is a person's) and the endings of
 * surnames in languages whose names German and English news transliterate.
 * This is not a list of people: every surname the recogniser links comes from
 * the articles themselves.
 */

/** Frequent given names in German and English news, as written there. */
export const GIVEN_NAMES: readonly string[] = [
  // German.
  'Andreas', 'Angela', 'Anja', 'Anna', 'Anne', 'Annalena', 'Armin', 'Barbara', 'Bernd', 'Birgit', 'Boris',
  'Carsten', 'Christian', 'Christiane', 'Christina', 'Christine', 'Christoph', 'Claudia', 'Cem', 'Daniel',
  'Daniela', 'Dieter', 'Dirk', 'Doris', 'Elke', 'Emil', 'Emma', 'Erich', 'Eva', 'Felix', 'Florian', 'Frank',
  'Franz', 'Friedrich', 'Fritz', 'Gabriele', 'Georg', 'Gerhard', 'Gregor', 'Günter', 'Hannah', 'Hans',
  'Harald', 'Heiko', 'Heike', 'Heinrich', 'Helga', 'Helmut', 'Hendrik', 'Horst', 'Hubertus', 'Ingrid',
  'Jan', 'Jana', 'Jens', 'Joachim', 'Johann', 'Johanna', 'Johannes', 'Jörg', 'Julia', 'Jürgen', 'Karin',
  'Karl', 'Katarina', 'Katharina', 'Katrin', 'Klaus', 'Kurt', 'Lars', 'Laura', 'Lea', 'Lena', 'Lisa',
  'Lothar', 'Lukas', 'Manfred', 'Manuela', 'Marco', 'Maria', 'Marie', 'Markus', 'Martin', 'Martina',
  'Matthias', 'Max', 'Michael', 'Monika', 'Nancy', 'Niklas', 'Nina', 'Norbert', 'Olaf', 'Oliver', 'Otto',
  'Paul', 'Peter', 'Petra', 'Philipp', 'Rainer', 'Ralf', 'Renate', 'Robert', 'Rolf', 'Rudolf', 'Sabine',
  'Sahra', 'Sandra', 'Sarah', 'Sebastian', 'Sigmar', 'Silke', 'Simone', 'Stefan', 'Stefanie', 'Steffen',
  'Stephan', 'Susanne', 'Svenja', 'Thomas', 'Thorsten', 'Tobias', 'Torsten', 'Ulrich', 'Ulrike', 'Ursula',
  'Uwe', 'Volker', 'Walter', 'Werner', 'Wolfgang',
  // English.
  'Alan', 'Alice', 'Amy', 'Andrew', 'Ann', 'Anthony', 'Antony', 'Barack', 'Ben', 'Benjamin', 'Bernie', 'Bill',
  'Bob', 'Brian', 'Catherine', 'Charles', 'Charlotte', 'Chris', 'Christopher', 'Dan', 'David', 'Donald',
  'Edward', 'Elizabeth', 'Emily', 'Eric', 'George', 'Grace', 'Hillary', 'Ian', 'Jack', 'Jake', 'James',
  'Jane', 'Jennifer', 'Jeremy', 'Jessica', 'Jill', 'Jim', 'Joe', 'John', 'Jonathan', 'Joseph', 'Kamala',
  'Karen', 'Kate', 'Keir', 'Kevin', 'Linda', 'Lisa', 'Liz', 'Margaret', 'Mark', 'Mary', 'Matthew', 'Mike',
  'Nancy', 'Nicholas', 'Nick', 'Patrick', 'Paul', 'Rachel', 'Richard', 'Rishi', 'Robert', 'Ron', 'Sam',
  'Samuel', 'Sarah', 'Sean', 'Simon', 'Stephen', 'Steve', 'Steven', 'Susan', 'Theresa', 'Tim', 'Timothy',
  'Tom', 'Tony', 'Victoria', 'William',
  // Slavic and Baltic, in German and English transliteration.
  'Alexander', 'Alexej', 'Alexei', 'Alexey', 'Anatoli', 'Andrzej', 'Anton', 'Dmitri', 'Dmitrij', 'Dmitry',
  'Gennadi', 'Igor', 'Iwan', 'Ivan', 'Jaroslaw', 'Jewgeni', 'Juri', 'Yuri', 'Katarzyna', 'Kyrylo', 'Maria',
  'Michail', 'Mikhail', 'Natalia', 'Natalja', 'Nikolai', 'Oleg', 'Olga', 'Pawel', 'Pavel', 'Sergej',
  'Sergei', 'Sergey', 'Swetlana', 'Svetlana', 'Tatjana', 'Tatiana', 'Vladimir', 'Wladimir', 'Witali',
  'Vitali', 'Wolodymyr', 'Volodymyr', 'Viktor', 'Wiktor', 'Jelena', 'Yelena', 'Gabrielius', 'Radosław',
  'Donald', 'Emmanuel', 'Jean', 'Marine', 'François', 'Pierre', 'Giorgia', 'Giuseppe', 'Mario', 'Matteo',
  'Silvio', 'Pedro', 'José', 'Recep', 'Mohammed', 'Muhammad', 'Ali', 'Ahmed', 'Xi', 'Narendra', 'Benjamin',
  'Mette', 'Jonas', 'Josep', 'Charles', 'Antonio', 'Kaja', 'Viktor', 'Robert',
];

/**
 * Endings of surnames as German and English news write them (Slavic, Baltic,
 * Romanian, Greek, Armenian, Turkish), lower-case. A capitalised word with one
 * of them is more likely a surname than a noun.
 */
export const SURNAME_ENDINGS: readonly string[] = [
  'ow', 'owa', 'ov', 'ova', 'ew', 'ewa', 'ev', 'eva', 'jew', 'jewa', 'yev', 'yeva', 'sky', 'ski', 'ska', 'skaja',
  'skij', 'skyj', 'skiy', 'zki', 'zky', 'wicz', 'vich', 'witsch', 'vych', 'wytsch', 'enko', 'chuk', 'czuk',
  'tschuk', 'schuk', 'shuk', 'yan', 'jan', 'escu', 'eanu', 'ić', 'vić', 'ović', 'ević', 'oğlu',
  'oglu', 'akis', 'opoulos', 'idis', 'iadis', 'elli', 'etti', 'ucci', 'ez', 'aitis', 'aite', 'ienė', 'utė',
  'auskas', 'ūnas', 'schko', 'tschko', 'czyk', 'ński', 'ńska', 'cki', 'cka', 'dzki', 'dzka',
  'berg', 'mann', 'meier', 'mayer', 'maier', 'feld', 'stein', 'baum',
];

/**
 * Middle words of Vietnamese names ("Nguyen Thi Lan", "Tran Van Duc"), lower-case:
 * such a name puts the family name first, and news text uses that word alone.
 */
/**
 * Irish and Scottish surname prefixes written as words of their own ("Ó
 * Duibhir", "Ní Bhriain", "Mac Diarmada"), lower-case: the surname runs from
 * the prefix to the end of the name, and a name that opens with one is a surname.
 */
export const SURNAME_PREFIXES: ReadonlySet<string> = new Set(['ó', 'ní', 'nic', 'mac', 'mc', 'mhic', 'uí', 'ua']);

export const FAMILY_NAME_FIRST_MARKERS: ReadonlySet<string> = new Set(['thi', 'thị', 'van', 'văn']);
