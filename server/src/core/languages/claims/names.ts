/**
 * Common given names (German, English and other European names frequent in
 * news), lower-case, for finding people and guessing their gender cheaply.
 * A name missing here only costs a pronoun resolution, never a finding.
 */
export const femaleGivenNames: readonly string[] = [
  'agnes', 'alexandra', 'alice', 'alina', 'amelie', 'andrea', 'angela', 'angelika', 'anja', 'anke', 'ann', 'anna',
  'anne', 'annalena', 'annegret', 'annette', 'antje', 'ariane', 'astrid', 'barbara', 'beate', 'bettina', 'bianca',
  'birgit', 'brigitte', 'britta', 'carla', 'carmen', 'carola', 'caroline', 'catherine', 'charlotte', 'christa',
  'christiane', 'christina', 'christine', 'claudia', 'cornelia', 'daniela', 'diana', 'doris', 'dorothea', 'edith',
  'elena', 'elisabeth', 'elizabeth', 'elke', 'ella', 'emilia', 'emily', 'emma', 'erika', 'eva', 'franziska',
  'frauke', 'friederike', 'gabriele', 'gerda', 'gisela', 'greta', 'gudrun', 'hanna', 'hannah', 'heike', 'helen',
  'helena', 'helene', 'helga', 'henrike', 'hildegard', 'ilse', 'ina', 'ines', 'ingrid', 'irina', 'iris', 'isabel',
  'jana', 'jane', 'janine', 'jennifer', 'jessica', 'johanna', 'judith', 'julia', 'julianne', 'juliane', 'jutta',
  'karin', 'katarina', 'katarzyna', 'katharina', 'kathrin', 'katja', 'katrin', 'kerstin', 'kirsten', 'klara',
  'kristina', 'lara', 'laura', 'lea', 'lena', 'linda', 'lisa', 'luise', 'lydia', 'magdalena', 'maja', 'manuela',
  'mareike', 'margarete', 'margit', 'maria', 'marianne', 'marie', 'marieke', 'marina', 'marion', 'marlene', 'martha',
  'martina', 'mary', 'maya', 'melanie', 'michaela', 'miriam', 'monika', 'nadine', 'nadja', 'natalia', 'natalie',
  'nicole', 'nina', 'olga', 'paula', 'petra', 'rachel', 'regina', 'renate', 'rita', 'ronja', 'rosa', 'ruth',
  'sabine', 'sahra', 'sandra', 'sara', 'sarah', 'saskia', 'silke', 'simone', 'sofia', 'sonja', 'sophie', 'stefanie',
  'susanne', 'svenja', 'svetlana', 'swetlana', 'tanja', 'tatjana', 'theresa', 'ulla', 'ulrike', 'ursula', 'ute',
  'valentina', 'vera', 'veronika', 'victoria', 'viktoria', 'wendy', 'yvonne', 'zofia', 'ricarda', 'nancy', 'lisa',
  'kamala', 'hillary', 'nicola', 'liz', 'theresa', 'giorgia', 'marine', 'ewa', 'agnieszka', 'olena', 'oksana',
  'yulia', 'julija', 'ekaterina', 'jekaterina', 'natascha', 'anastasia', 'ilse', 'ingeborg', 'annika', 'malin',
  'ingrid', 'sigrid', 'kristin', 'liv', 'emine', 'ayse', 'fatma', 'leyla', 'yasmin', 'sophia', 'clara', 'louise',
  'margaret', 'susan', 'karen', 'lauren', 'megan', 'olivia', 'grace', 'chloe', 'amy', 'kate', 'anne-marie',
];

export const maleGivenNames: readonly string[] = [
  'achim', 'adam', 'adrian', 'albert', 'alexander', 'alexei', 'alexej', 'andreas', 'andrej', 'andrew', 'andrij',
  'andriy', 'anton', 'armin', 'arne', 'axel', 'benjamin', 'bernd', 'bernhard', 'bjorn', 'björn', 'boris', 'bruno',
  'carsten', 'christian', 'christoph', 'claus', 'daniel', 'david', 'dennis', 'detlef', 'dieter', 'dirk', 'dmitri',
  'dmitrij', 'dmitry', 'dominik', 'edgar', 'emmanuel', 'erik', 'ernst', 'fabian', 'felix', 'florian', 'frank',
  'franz', 'friedrich', 'friedrich-wilhelm', 'georg', 'george', 'gerhard', 'gregor', 'günter', 'günther', 'hans',
  'harald', 'heiko', 'heinrich', 'heinz', 'helmut', 'henrik', 'herbert', 'horst', 'hubertus', 'hugo', 'igor',
  'ivan', 'jakob', 'james', 'jan', 'jens', 'jerzy', 'joachim', 'jochen', 'joe', 'johann', 'johannes', 'john',
  'jonas', 'jörg', 'josef', 'joseph', 'jürgen', 'kai', 'karl', 'karl-heinz', 'klaus', 'konrad', 'kurt', 'lars',
  'leon', 'lukas', 'lutz', 'manfred', 'marc', 'marco', 'marcus', 'mario', 'mark', 'markus', 'martin', 'matthias',
  'max', 'michael', 'mike', 'nikolai', 'niklas', 'nils', 'norbert', 'olaf', 'oliver', 'oskar', 'patrick', 'paul',
  'peter', 'philipp', 'pieter', 'piotr', 'rainer', 'ralf', 'reinhard', 'richard', 'robert', 'roland', 'rolf',
  'rüdiger', 'sebastian', 'sergej', 'sergei', 'sergey', 'silvio', 'simon', 'stefan', 'steffen', 'stephan', 'sven',
  'thomas', 'thorsten', 'tim', 'tobias', 'tomasz', 'torsten', 'ulrich', 'uwe', 'victor', 'viktor', 'vadim',
  'volker', 'wadim', 'walter', 'werner', 'wilhelm', 'wladimir', 'vladimir', 'wolfgang', 'yannis', 'jannis',
  'friedrich', 'emmanuel', 'olaf', 'recep', 'viktor', 'volodymyr', 'wolodymyr', 'sergiy', 'mykola', 'oleksandr',
  'pedro', 'giorgos', 'kyriakos', 'mateusz', 'donald', 'keir', 'rishi', 'charles', 'william', 'hakan', 'mehmet',
  'ahmed', 'mohammed', 'ali', 'omar', 'jean', 'pierre', 'luc', 'antonio', 'giuseppe', 'luigi', 'carlos', 'jose',
  'miguel', 'juan', 'erdogan', 'ole', 'jonas', 'magnus', 'anders', 'henning', 'knut', 'stig', 'jesper', 'søren',
  'kevin', 'brian', 'steven', 'scott', 'jason', 'ryan', 'eric', 'matthew', 'anthony', 'kenneth', 'joshua', 'ben',
];

/**
 * Given names not in the lists above that end like this are most often
 * women's ("Kaja", "Svea", "Priya"); the exceptions are men's names with that
 * ending. A guess only for names the lists miss.
 */
export const femaleGivenNameEnding = 'a';
export const maleGivenNamesEndingInA: readonly string[] = [
  'luca', 'andrea', 'nikita', 'sascha', 'sasha', 'mischa', 'misha', 'joshua', 'ilja', 'ilya', 'jona', 'mika',
  'elia', 'noa', 'mustafa', 'kosta', 'akira', 'juha', 'jukka', 'pekka', 'attila', 'aleksa', 'nikola', 'grisha',
  'kolya', 'vanya', 'jehuda', 'ezra', 'isa', 'musa', 'hamza', 'idrissa', 'moussa', 'mamadou',
  'kostya', 'borja', 'luka', 'matija',
];
